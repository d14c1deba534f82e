/**
 * The world's sound cues, in step with what the transition shows: a low double beep when an incident breaks
 * out, a soft rising pair when it is fixed. WebAudio tones, no files; only when the player turned sound on.
 */
let ctx: AudioContext | null = null;

function tone(freq: number, start: number, length: number, gain: number): void {
  if (!ctx) ctx = new AudioContext();
  const osc = ctx.createOscillator();
  const amp = ctx.createGain();
  const t = ctx.currentTime + start;
  osc.frequency.value = freq;
  osc.type = 'triangle';
  amp.gain.setValueAtTime(0, t);
  amp.gain.linearRampToValueAtTime(gain, t + 0.015);
  amp.gain.linearRampToValueAtTime(0, t + length);
  osc.connect(amp).connect(ctx.destination);
  osc.start(t);
  osc.stop(t + length + 0.05);
}

function safely(play: () => void): void {
  try {
    play();
  } catch {
    // No audio device, or audio blocked: sound is a nicety, never an error.
  }
}

export class Cues {
  enabled = false;

  incident(): void {
    if (this.enabled) safely(() => (tone(220, 0, 0.12, 0.05), tone(220, 0.16, 0.12, 0.05)));
  }

  fixed(): void {
    if (this.enabled) safely(() => (tone(523, 0, 0.1, 0.04), tone(784, 0.09, 0.16, 0.04)));
  }
}
