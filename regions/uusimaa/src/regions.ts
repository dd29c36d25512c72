export const UUSIMAA_REGIONS = ["01", "02", "03", "04", "90"];
