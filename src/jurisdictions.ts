// Jurisdiction codes: ISO 3166-1 alpha-2 for countries, and a short documented list of codes for the
// organisations whose instruments the corpus holds or may hold.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(en);

const ORGANISATIONS: Record<string, string> = {
  COE: "Council of Europe",
  UN: "United Nations",
  AU: "African Union",
  EU: "European Union",
  ECOWAS: "Economic Community of West African States",
  SADC: "Southern African Development Community",
  CARICOM: "Caribbean Community (HIPCAR model texts)",
  COMSEC: "Commonwealth Secretariat (model law)",
};

export interface JurisdictionName {
  code: string;
  name: string;
  kind: "country" | "organisation";
}

/** Canonical (upper-case) code and name, or null when the code is neither ISO alpha-2 nor listed. */
export function lookupJurisdiction(code: string): JurisdictionName | null {
  const upper = code.trim().toUpperCase();
  if (ORGANISATIONS[upper]) return { code: upper, name: ORGANISATIONS[upper], kind: "organisation" };
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) {
    return { code: upper, name: countries.getName(upper, "en", { select: "official" }) ?? upper, kind: "country" };
  }
  return null;
}
