import { Button } from 'antd';

/** Touch keys for a number (a ticket's A012, an ID number): the keys given, then 删除 and 清空. */
export function Keypad({ keys, perRow = 3, onKey, onDelete, onClear }: {
  keys: readonly string[];
  perRow?: number;
  onKey: (key: string) => void;
  onDelete: () => void;
  onClear: () => void;
}) {
  return (
    <div className="kiosk-keypad" style={{ ['--keys-per-row' as string]: perRow }} role="group" aria-label="按键">
      {keys.map((key) => (
        <Button key={key} className="kiosk-key" onClick={() => onKey(key)}>
          {key}
        </Button>
      ))}
      <Button className="kiosk-key" onClick={onDelete} aria-label="删除一位">
        删除
      </Button>
      <Button className="kiosk-key" danger onClick={onClear}>
        清空
      </Button>
    </div>
  );
}

export const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;
