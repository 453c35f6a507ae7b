// Placeholder until this command lands.
export async function schema(_args: string[]): Promise<number> {
  process.stderr.write('liaison-sim: schema is not built yet\n');
  return 2;
}
