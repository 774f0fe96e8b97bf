import { statusResolvers } from '../capabilities/status/resolvers.js';
import { statusTypeDefs } from '../capabilities/status/typeDefs.js';

/** Every capability contributes its type definitions and resolvers here. */
export const typeDefs = [statusTypeDefs];
export const resolvers = [statusResolvers];
