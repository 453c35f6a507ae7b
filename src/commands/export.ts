// Placeholder until this command lands.
export async function exportCommand(_args: string[]): Promise<number> {
  process.stderr.write('liaison-sim: export is not built yet\n');
  return 2;
}
