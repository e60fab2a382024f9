/**
 * Desktop VS Code: downloads a VS Code build with @vscode/test-electron and runs the suite in
 * its extension host, with the samples folder as the workspace. Needs network access to
 * fetch VS Code; where there is none, `npm run test:vscode` runs the same suite in code-server.
 */
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../../..');
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index'),
      launchArgs: [path.join(root, 'samples'), '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

void main();
