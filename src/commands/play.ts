// Placeholder until this command lands.
export async function play(_args: string[]): Promise<number> {
  process.stderr.write('liaison-sim: play is not built yet\n');
  return 2;
}
