// Placeholder until this command lands.
export async function list(_args: string[]): Promise<number> {
  process.stderr.write('liaison-sim: list is not built yet\n');
  return 2;
}
