// Placeholder until this command lands.
export async function validate(_args: string[]): Promise<number> {
  process.stderr.write('liaison-sim: validate is not built yet\n');
  return 2;
}
