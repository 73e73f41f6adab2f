import * as vscode from 'vscode';

/**
 * The topic folders under a library root, two levels deep, for the topic pickers of New Library
 * Entry and Save Answer to Library. Links are not followed, as the library reader does not follow them.
 */
export async function topicFolders(root: vscode.Uri): Promise<string[]> {
  const topics: string[] = [];
  const walk = async (dir: vscode.Uri, prefix: string, depth: number): Promise<void> => {
    let children: [string, vscode.FileType][];
    try {
      children = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return; // No library yet.
    }
    for (const [name, type] of children.sort(([a], [b]) => a.localeCompare(b))) {
      if (type === vscode.FileType.Directory && !name.startsWith('.')) {
        topics.push(`${prefix}${name}`);
        if (depth < 1) {
          await walk(vscode.Uri.joinPath(dir, name), `${prefix}${name}/`, depth + 1);
        }
      }
    }
  };
  await walk(root, '', 0);
  return topics;
}
