/**
 * The export and Word import commands inside a real extension host, called with their
 * arguments as the route map's buttons and the Explorer's context menu call them: what they
 * write, and what they never overwrite.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'meldcode.meldcode';
const PROTOCOL = 'kindercentrum-de-zonnebloem.meldcode.yaml';

function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the samples folder open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

async function read(uri: vscode.Uri): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The first bytes of every .docx: a zip archive. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

suite('export and Word import commands', () => {
  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    await extension.activate();
  });

  test('Export protocol writes a Word document and an HTML page where it is told', async () => {
    const protocol = workspaceFile(PROTOCOL);
    const docx = workspaceFile('export/zonnebloem.docx');
    const html = workspaceFile('export/zonnebloem.html');
    await vscode.workspace.fs.createDirectory(workspaceFile('export'));
    assert.equal(String(await vscode.commands.executeCommand('meldcode.exportProtocol', protocol, 'docx', docx)), String(docx));
    assert.ok(isZip(await read(docx)), 'a .docx package');
    assert.equal(String(await vscode.commands.executeCommand('meldcode.exportProtocol', protocol.toString(), 'html', html.toString())), String(html));
    const page = new TextDecoder().decode(await read(html));
    assert.ok(page.startsWith('<!DOCTYPE html>'));
    assert.ok(page.includes('Kindercentrum De Zonnebloem'));
  });

  test('Export protocol never writes over the protocol itself', async () => {
    const protocol = workspaceFile(PROTOCOL);
    const before = await read(protocol);
    assert.equal(await vscode.commands.executeCommand('meldcode.exportProtocol', protocol, 'html', protocol), undefined);
    assert.deepEqual(await read(protocol), before);
  });

  test('Import Word document writes the protocol beside the document, under a new name when the first is taken', async () => {
    const document = workspaceFile('import/Meldcode Zonnebloem.docx');
    await vscode.workspace.fs.createDirectory(workspaceFile('import'));
    await vscode.commands.executeCommand('meldcode.exportProtocol', workspaceFile(PROTOCOL), 'docx', document);
    const first = await vscode.commands.executeCommand<vscode.Uri>('meldcode.importWord', document);
    assert.equal(String(first), String(workspaceFile('import/Meldcode Zonnebloem.meldcode.yaml')));
    const text = new TextDecoder().decode(await read(first));
    assert.ok(text.includes('Marieke Jansen'), 'the officer is imported');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), first.toString(), 'the protocol is opened');
    const second = await vscode.commands.executeCommand<vscode.Uri>('meldcode.importWord', document);
    assert.equal(String(second), String(workspaceFile('import/Meldcode Zonnebloem (2).meldcode.yaml')));
    assert.equal(new TextDecoder().decode(await read(first)), text, 'the first import is left as it was');
  });

  test('Import Word document writes nothing for a file that is not a Word document', async () => {
    const document = workspaceFile('import/geen-word.docx');
    await vscode.workspace.fs.writeFile(document, new TextEncoder().encode('Dit is platte tekst, geen Word-document.'));
    assert.equal(await vscode.commands.executeCommand('meldcode.importWord', document), undefined);
    assert.equal(await exists(workspaceFile('import/geen-word.meldcode.yaml')), false);
  });
});
