/**
 * Standard output as the command line writes it: each write waits until the system took
 * it, and a failure (a closed pipe, `| head -1`; a full disk) is kept, not thrown, so that
 * the run can end as the failure asks instead of with a stack trace.
 */
export class Sink {
  private failure?: NodeJS.ErrnoException;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on("error", (error: NodeJS.ErrnoException) => (this.failure ??= error));
  }

  /** The first write error, if any. */
  get failed(): NodeJS.ErrnoException | undefined {
    return this.failure;
  }

  /** Whether a reader closed the pipe: then the run ends quietly. */
  get closed(): boolean {
    return this.failure?.code === "EPIPE";
  }

  /** Writes `text` (or its UTF-8); false once anything failed (nothing more is written then). */
  async write(text: string | Uint8Array): Promise<boolean> {
    if (this.failure) return false;
    await new Promise<void>((resolve) => {
      try {
        this.stream.write(text, (error) => {
          if (error) this.failure ??= error;
          resolve();
        });
      } catch (error) {
        this.failure ??= error as NodeJS.ErrnoException;
        resolve();
      }
    });
    return this.failure === undefined;
  }
}
