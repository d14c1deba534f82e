/** Short tones made with WebAudio (no sound files): a chime at the end of a turn, a low pulse for bad news. */
import type { GameEvent } from '../engine/index.ts';

let ctx: AudioContext | null = null;

function tone(freq: number, start: number, length: number, gain = 0.06): void {
  if (!ctx) ctx = new AudioContext();
  const osc = ctx.createOscillator();
  const amp = ctx.createGain();
  osc.frequency.value = freq;
  osc.type = 'sine';
  amp.gain.setValueAtTime(0, ctx.currentTime + start);
  amp.gain.linearRampToValueAtTime(gain, ctx.currentTime + start + 0.02);
  amp.gain.linearRampToValueAtTime(0, ctx.currentTime + start + length);
  osc.connect(amp).connect(ctx.destination);
  osc.start(ctx.currentTime + start);
  osc.stop(ctx.currentTime + start + length + 0.05);
}

export function playTurnSound(events: readonly GameEvent[]): void {
  try {
    tone(660, 0, 0.18);
    tone(880, 0.12, 0.22);
    if (events.some((e) => e.tone === 'bad')) tone(196, 0.35, 0.4, 0.08);
  } catch {
    // No audio device (or autoplay blocked): sound is a nicety, never an error.
  }
}
