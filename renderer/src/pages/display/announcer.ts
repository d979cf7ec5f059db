/** How an announcement was (or will be) heard: a Chinese voice, the chime alone, or not at all (sound still locked). */
export type Voice = 'speech' | 'chime' | 'muted';

export interface Spoken {
  readonly seq: number;
  readonly text: string;
  readonly voice: Voice;
}

/** The sentence the hall hears for a call, and the board shows to screen readers and tests. */
export function callSentence(number: string, windowNumber: number): string {
  return `请 ${number} 号到 ${windowNumber} 号窗口办理`;
}

// A pause between two announcements, so "请 A012 号…请 A013 号…" are heard as two.
const GAP_MS = 600;
// Calls pile up only when many windows call at once; past this the oldest are dropped rather than read out minutes late.
const MAX_PENDING = 12;

type AudioContextCtor = typeof AudioContext;

function audioContextCtor(): AudioContextCtor | undefined {
  return window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextCtor }).webkitAudioContext;
}

function speech(): SpeechSynthesis | undefined {
  return typeof window.speechSynthesis === 'undefined' ? undefined : window.speechSynthesis;
}

/** A Chinese voice of this browser, Mandarin of the mainland first; none on many Linux TVs. */
function chineseVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | undefined {
  const voices = synth.getVoices();
  return (
    voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ??
    voices.find((v) => /^(zh|cmn)([-_]|$)/i.test(v.lang)) ??
    voices.find((v) => /chinese|mandarin|中文|普通话/i.test(v.name))
  );
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A two-note "ding-dong" on WebAudio: what the hall hears where the browser has no Chinese voice. */
async function chime(audio: AudioContext): Promise<void> {
  const start = audio.currentTime + 0.05;
  const notes: [frequency: number, at: number][] = [[880, 0], [660, 0.45]];
  for (const [frequency, at] of notes) {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + at);
    gain.gain.exponentialRampToValueAtTime(0.5, start + at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + at + 0.9);
    osc.connect(gain).connect(audio.destination);
    osc.start(start + at);
    osc.stop(start + at + 0.95);
  }
  await sleep(1500);
}

/** Speaks a sentence and waits for it to end; a browser that never says "end" is given up on after a while. */
function speak(synth: SpeechSynthesis, voice: SpeechSynthesisVoice, text: string): Promise<void> {
  return new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'zh-CN';
    utterance.voice = voice;
    utterance.rate = 0.9;
    const limit = setTimeout(done, 3000 + text.length * 400);
    function done() {
      clearTimeout(limit);
      resolve();
    }
    utterance.onend = done;
    utterance.onerror = done;
    synth.speak(utterance);
  });
}

/**
 * The board's voice: announcements are queued and played one after another (never over each other),
 * each in a Chinese voice where the browser has one, else as a chime. Browsers keep sound locked until
 * a user gesture: `unlock()` is called from one; until then the sentences are only shown.
 */
export class Announcer {
  private readonly pending: string[] = [];
  private playing = false;
  private audio: AudioContext | null = null;
  private seq = 0;
  unlocked = false;

  /** `onUnlocked`: sound became allowed without a gesture (a kiosk browser started with autoplay allowed). */
  constructor(
    private readonly onSpoken: (spoken: Spoken) => void,
    onUnlocked: () => void,
  ) {
    const Ctor = audioContextCtor();
    if (!Ctor) return;
    try {
      const audio = new Ctor();
      this.audio = audio;
      if (audio.state === 'running') this.unlocked = true;
      else {
        audio.onstatechange = () => {
          if (audio.state !== 'running' || this.unlocked) return;
          this.unlocked = true;
          onUnlocked();
        };
      }
    } catch {
      // No audio device: the chime stays silent, the board still shows the calls.
    }
  }

  /** From a click or a key: opens WebAudio and speech for the rest of the page's life. */
  unlock(): void {
    try {
      const Ctor = audioContextCtor();
      this.audio ??= Ctor ? new Ctor() : null;
      void this.audio?.resume();
    } catch {
      this.audio = null;
    }
    const synth = speech();
    if (synth) {
      // Chrome lets speech start only inside a gesture; a silent utterance now opens it for later ones, and loads the voices.
      synth.getVoices();
      const opener = new SpeechSynthesisUtterance(' ');
      opener.volume = 0;
      synth.speak(opener);
    }
    this.unlocked = true;
  }

  say(text: string): void {
    this.pending.push(text);
    if (this.pending.length > MAX_PENDING) this.pending.splice(0, this.pending.length - MAX_PENDING);
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.playing) return;
    this.playing = true;
    try {
      for (let text = this.pending.shift(); text !== undefined; text = this.pending.shift()) {
        await this.play(text);
        await sleep(GAP_MS);
      }
    } finally {
      this.playing = false;
    }
  }

  private async play(text: string): Promise<void> {
    const synth = speech();
    const voice = this.unlocked && synth ? chineseVoice(synth) : undefined;
    const how: Voice = !this.unlocked ? 'muted' : voice ? 'speech' : 'chime';
    this.onSpoken({ seq: ++this.seq, text, voice: how });
    if (synth && voice) await speak(synth, voice, text);
    else if (how === 'chime' && this.audio) await chime(this.audio);
  }

  close(): void {
    this.pending.length = 0;
    speech()?.cancel();
    void this.audio?.close();
  }
}
