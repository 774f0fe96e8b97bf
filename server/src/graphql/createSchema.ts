import { channelsResolvers } from '../capabilities/channels/resolvers.js';
import { channelsTypeDefs } from '../capabilities/channels/typeDefs.js';
import { entityResolvers } from '../capabilities/entity/resolvers.js';
import { entityTypeDefs } from '../capabilities/entity/typeDefs.js';
import { neighborhoodResolvers } from '../capabilities/neighborhood/resolvers.js';
import { neighborhoodTypeDefs } from '../capabilities/neighborhood/typeDefs.js';
import { searchResolvers } from '../capabilities/search/resolvers.js';
import { searchTypeDefs } from '../capabilities/search/typeDefs.js';
import { situationsResolvers } from '../capabilities/situations/resolvers.js';
import { situationsTypeDefs } from '../capabilities/situations/typeDefs.js';
import { statusResolvers } from '../capabilities/status/resolvers.js';
import { statusTypeDefs } from '../capabilities/status/typeDefs.js';
import { timelineResolvers } from '../capabilities/timeline/resolvers.js';
import { timelineTypeDefs } from '../capabilities/timeline/typeDefs.js';
import { toolsResolvers } from '../capabilities/tools/resolvers.js';
import { toolsTypeDefs } from '../capabilities/tools/typeDefs.js';
import { whoCanActResolvers } from '../capabilities/whoCanAct/resolvers.js';
import { whoCanActTypeDefs } from '../capabilities/whoCanAct/typeDefs.js';
import { vocabularyResolvers, vocabularyTypeDefs } from './vocabularyTypeDefs.js';

/** Every capability contributes its type definitions and resolvers here (Query fields merge). */
export const typeDefs = [
  vocabularyTypeDefs,
  statusTypeDefs,
  entityTypeDefs,
  searchTypeDefs,
  neighborhoodTypeDefs,
  whoCanActTypeDefs,
  channelsTypeDefs,
  toolsTypeDefs,
  situationsTypeDefs,
  timelineTypeDefs,
];
export const resolvers = [
  vocabularyResolvers,
  statusResolvers,
  entityResolvers,
  searchResolvers,
  neighborhoodResolvers,
  whoCanActResolvers,
  channelsResolvers,
  toolsResolvers,
  situationsResolvers,
  timelineResolvers,
];
