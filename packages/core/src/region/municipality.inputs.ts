import { registerEnumType } from "type-graphql";
import { OrderInput } from "../graphql/args";

export enum MunicipalityOrderField {
  NAME = "NAME",
  CODE = "CODE",
}
registerEnumType(MunicipalityOrderField, {
  name: "MunicipalityOrderField",
  description: "NAME: in the key's language, compared as that language sorts (Finnish, Swedish; English names are the Finnish ones). "
    + "CODE: the Statistics Finland code. Without orderBy: by Finnish name as stored.",
});
export const MunicipalityOrder = OrderInput<MunicipalityOrderField>("MunicipalityOrder", MunicipalityOrderField);
