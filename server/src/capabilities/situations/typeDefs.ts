export const situationsTypeDefs = /* GraphQL */ `
  type Query {
    "Every situation the reports discuss, oldest first."
    situations: [Situation!]!
  }
`;
