// Placeholder until this command lands.
export async function run(_args: string[]): Promise<number> {
  process.stderr.write('liaison-sim: run is not built yet\n');
  return 2;
}
