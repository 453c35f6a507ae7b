/**
 * A reader that stops early (`| head`, `2>&1 | head -c1`) closes the pipe under us. That is
 * no error of the user's: the stream is marked closed, later writes to it go nowhere, and
 * the command finishes and ends with its own exit code instead of a stack trace.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WritableStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

/** True once the reader has gone: long outputs stop producing instead of writing into the void. */
export const isClosed = (stream: NodeJS.WritableStream): boolean =>
  (stream as NodeJS.WritableStream & { destroyed?: boolean }).destroyed === true ||
  (stream as NodeJS.WritableStream & { writableEnded?: boolean }).writableEnded === true;
