/** The SAM commands the driver sends, as CMD PARA. A vendor profile may remap some (one 华视 model uses 00 81…). */
export const SAM_COMMANDS = {
  resetSam: [0x10, 0xff],
  samStatus: [0x11, 0xff],
  samId: [0x12, 0xff],
  findCard: [0x20, 0x01],
  selectCard: [0x20, 0x02],
  readCard: [0x30, 0x01],
  readCardWithFingerprint: [0x30, 0x10],
  readLatestAddress: [0x30, 0x03],
} as const satisfies Record<string, readonly [number, number]>;

export type SamCommandName = keyof typeof SAM_COMMANDS;
export type CommandTable = Readonly<Record<SamCommandName, readonly [number, number]>>;

/** The protocol's table with a profile's remappings laid over it. */
export function commandTable(remap: Partial<CommandTable> = {}): CommandTable {
  return { ...SAM_COMMANDS, ...remap };
}

/** Which command a CMD PARA pair is in a table, for the simulator. */
export function commandNamed(table: CommandTable, cmd: number, para: number): SamCommandName | null {
  for (const [name, [c, p]] of Object.entries(table) as [SamCommandName, readonly [number, number]][]) {
    if (c === cmd && p === para) return name;
  }
  return null;
}
