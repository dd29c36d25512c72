export const POHJOIS_KARJALA = "14";
