import { orderByInput } from "../graphql/args";

export const MunicipalityOrder = orderByInput(
  "MunicipalityOrder", ["NAME", "CODE"],
  "NAME: in the key's language, compared as that language sorts (Finnish, Swedish; English names are the Finnish ones). "
    + "CODE: the Statistics Finland code. Without orderBy: by Finnish name as stored.",
);
