/** One progress line per long step, rewritten in place on a terminal, plain lines otherwise. */
export interface Progress {
  step(label: string): void;
  update(label: string, done: number, total: number): void;
  done(label: string, detail?: string): void;
}

export function consoleProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = stream.isTTY === true;
  let lastPercent = -1;
  return {
    step(label) {
      lastPercent = -1;
      stream.write(tty ? `${label} ...` : `${label} ...\n`);
    },
    update(label, done, total) {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (percent === lastPercent) return;
      lastPercent = percent;
      if (tty) stream.write(`\r${label} ${percent} % (${done.toLocaleString('en')} / ${total.toLocaleString('en')})`);
      else if (percent % 10 === 0) stream.write(`${label} ${percent} %\n`);
    },
    done(label, detail) {
      stream.write(`${tty ? '\r\u001b[K' : ''}${label}: done${detail ? ` (${detail})` : ''}\n`);
    },
  };
}

export const silentProgress: Progress = { step() {}, update() {}, done() {} };
