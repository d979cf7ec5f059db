/** The office's own facts. The 9-digit code is the civil-affairs office code used on certificates and uploads. */
export const OFFICE_CODE_PATTERN = /^\d{9}$/;

export interface OfficeSettings {
  readonly officeName: string;
  readonly officeCode: string;
  readonly foreignRelated: boolean;
}
