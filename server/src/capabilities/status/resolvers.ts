import type { Context } from '../../graphql/context.js';

const DATABASE_INFO = /* Cypher */ `
  CALL dbms.components() YIELD versions, edition
  WITH versions[0] AS version, edition
  CALL { MATCH (n) RETURN count(n) AS nodeCount }
  CALL { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
  RETURN version, edition, nodeCount, relationshipCount`;

export const statusResolvers = {
  Query: {
    async database(_parent: unknown, _args: unknown, { driver, database }: Context) {
      const { records } = await driver.executeQuery(DATABASE_INFO, {}, { database, routing: 'READ' });
      const record = records[0];
      if (!record) throw new Error('dbms.components() returned nothing');
      return record.toObject();
    },
  },
};
