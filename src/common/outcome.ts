// One shape for every "this, or why not" outside the domain (whose answers are findings): reading a
// file, opening or patching a workbook, generating in a host, filing. Test `ok`; then use the fields,
// or tell the user `reason`: a sentence, never a stack trace. Thrown errors are left for the unforeseen.
export type Outcome<T extends object = object> = ({ readonly ok: true } & T) | { readonly ok: false; readonly reason: string };
