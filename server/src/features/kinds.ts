import { CodeActionKind } from 'vscode-languageserver/node';

/** The kind of the "apply all automatic fixes" source action (for editor.codeActionsOnSave). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.meldcode`;
