import { Card, Checkbox } from 'antd';
import { partyLabel } from '../labels';
import { ReadCardButton } from '../party/CardReadParts';
import { readerPanelProps } from '../party/CardReaderProvider';
import { PartyFields } from '../party/PartyFields';
import { CheckedItem } from '../violations';

/** One spouse applying for divorce: the identity document and their civil capacity. */
export function DivorcePartyCard({ index }: { index: 0 | 1 }) {
  const vprefix = `parties.${index}`;
  const path = ['parties', index];
  return (
    <Card title={partyLabel(index)} extra={<ReadCardButton path={path} />} data-testid={`party-${index}`} {...readerPanelProps(path)} styles={{ body: { paddingBottom: 8 } }}>
      <PartyFields name={path} vprefix={vprefix} />
      <div style={{ borderTop: '1px dashed #e5e5e5', paddingTop: 12 }}>
        <CheckedItem vpath={`${vprefix}.fullCapacity`} name={['fullCapacity', index]} valuePropName="checked" style={{ marginBottom: 12 }}>
          <Checkbox>具有完全民事行为能力</Checkbox>
        </CheckedItem>
      </div>
    </Card>
  );
}
