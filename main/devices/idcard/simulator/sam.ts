import { assertNever } from '../../../domain/assert-never';
import { encodeCardAnswerFrame, type CardContents } from '../card-encode';
import { commandNamed, SAM_COMMANDS, type CommandTable, type SamCommandName } from '../commands';
import { ok, type Result } from '../errors';
import { buildResponse, COMMAND_LIMITS, commandFromBody } from '../frame';
import { FrameAssembler } from '../frame-assembler';
import { SAM_STATUS } from '../sam-status';
import { encodeTextBlock } from '../text-encode';
import { blankBlock, writeField } from '../ucs2';

/** A SAM id as a reader would report it (16 bytes, little-endian fields). */
export const SIMULATED_SAM_ID = Uint8Array.from([0x05, 0x00, 0x01, 0x00, 0x40, 0xe2, 0x01, 0x00, 0xd2, 0x02, 0x96, 0x49, 0x15, 0xcd, 0x5b, 0x07]);

export interface SamReply {
  readonly command: SamCommandName | null;
  readonly frame: Uint8Array;
}

interface PlacedCard {
  readonly contents: CardContents;
  selected: boolean;
  /** After a successful read, `find` answers 80 until the card is lifted and placed again. */
  read: boolean;
}

/**
 * The security module of a reader, byte for byte as idcard-protocol.md describes it: command frames
 * in (in any pieces), response frames out. Knows nothing of how the bytes travel.
 */
export class SimulatedSam {
  private readonly assembler = new FrameAssembler(COMMAND_LIMITS);
  private card: PlacedCard | null = null;
  private readonly injected: { sw3: number; command: SamCommandName | null }[] = [];
  /** Every command recognised, in order: tests check what the driver sent. */
  readonly received: SamCommandName[] = [];

  constructor(private readonly table: CommandTable = SAM_COMMANDS) {}

  /** A card's text must fit its fields, as on a real chip: a fixture that does not is refused here. */
  place(contents: CardContents): Result<void> {
    const text = encodeTextBlock(contents.facts);
    if (!text.ok) return text;
    this.card = { contents, selected: false, read: false };
    return ok(undefined);
  }

  remove(): void {
    this.card = null;
  }

  get hasCard(): boolean {
    return this.card !== null;
  }

  /** The next command (or the next `command` of that name) answers `sw3` with no data. */
  injectStatus(sw3: number, command: SamCommandName | null = null): void {
    this.injected.push({ sw3, command });
  }

  /** Power lost (unplugged): a half-received command and the selection are forgotten; the card lies there unread. */
  powerCycle(): void {
    this.assembler.reset();
    if (this.card) this.card = { contents: this.card.contents, selected: false, read: false };
  }

  receive(bytes: Uint8Array): SamReply[] {
    const replies: SamReply[] = [];
    for (const frame of this.assembler.push(bytes)) {
      if (!frame.ok) {
        const sw3 = frame.error.code === 'FRAME_CHECKSUM' ? SAM_STATUS.BAD_CHECKSUM : SAM_STATUS.BAD_LENGTH;
        replies.push({ command: null, frame: buildResponse(sw3) });
        continue;
      }
      const { cmd, para } = commandFromBody(frame.value);
      const name = commandNamed(this.table, cmd, para);
      if (name === null) {
        replies.push({ command: null, frame: buildResponse(SAM_STATUS.UNKNOWN_COMMAND) });
        continue;
      }
      this.received.push(name);
      const at = this.injected.findIndex((i) => i.command === null || i.command === name);
      const injection = at >= 0 ? this.injected.splice(at, 1)[0]! : null;
      replies.push({ command: name, frame: injection ? buildResponse(injection.sw3) : this.answer(name) });
    }
    return replies;
  }

  private answer(name: SamCommandName): Uint8Array {
    const card = this.card;
    switch (name) {
      case 'resetSam':
        if (card) card.selected = false;
        return buildResponse(SAM_STATUS.SUCCESS);
      case 'samStatus':
        return buildResponse(SAM_STATUS.SUCCESS);
      case 'samId':
        return buildResponse(SAM_STATUS.SUCCESS, SIMULATED_SAM_ID);
      case 'findCard':
        return card && !card.read ? buildResponse(SAM_STATUS.FIND_SUCCESS, new Uint8Array(4)) : buildResponse(SAM_STATUS.NO_CARD);
      case 'selectCard':
        if (!card) return buildResponse(SAM_STATUS.SELECT_FAILED);
        card.selected = true;
        return buildResponse(SAM_STATUS.SUCCESS, new Uint8Array(8));
      case 'readCard':
      case 'readCardWithFingerprint': {
        if (!card?.selected) return buildResponse(SAM_STATUS.READ_FAILED);
        const answer = encodeCardAnswerFrame(card.contents, name === 'readCardWithFingerprint');
        if (!answer.ok) return buildResponse(SAM_STATUS.READ_FAILED);
        card.read = true;
        return answer.value;
      }
      case 'readLatestAddress': {
        if (!card?.selected) return buildResponse(SAM_STATUS.READ_FAILED);
        const address = card.contents.latestAddress;
        if (address === undefined) return buildResponse(SAM_STATUS.NO_CONTENT);
        const block = blankBlock(70);
        writeField(block, { offset: 0, bytes: 70 }, address.slice(0, 35));
        return buildResponse(SAM_STATUS.SUCCESS, block);
      }
      default:
        return assertNever(name, 'SAM command');
    }
  }
}
