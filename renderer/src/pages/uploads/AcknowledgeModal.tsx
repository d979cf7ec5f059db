import { App, Form, Input } from 'antd';
import { RejectionAction, type UploadStatusView } from '../../../../main/contract';
import { call } from '../../api/client';
import { FormModal } from '../../forms/FormModal';
import { schemaRule } from '../../forms/zodRules';
import { recordKindLabel, type Rejection } from './uploadLabels';

interface NoteFields {
  note: string;
}

const FIELDS = ['note'];
const NOTE = RejectionAction.options[1].shape.note;

/** 确认知悉: the rejection leaves the list, and the note says why it needs no new upload (kept with the record). */
export function AcknowledgeModal({ rejection, onDone, onClose }: {
  rejection: Rejection;
  onDone: (status: UploadStatusView) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<NoteFields>();
  const { message } = App.useApp();

  const submit = async ({ note }: NoteFields) => {
    onDone(await call('actOnRejection', { params: { id: rejection.id }, body: { action: 'acknowledge', note } }));
    void message.success('已确认知悉');
  };

  const subject = `${recordKindLabel(rejection.kind)}${rejection.certificateNumber ? ` ${rejection.certificateNumber}` : ''}`;
  return (
    <FormModal title={`确认知悉：${subject}`} okText="确认知悉" form={form} fields={FIELDS} submit={submit} onClose={onClose}>
      <p>
        省级平台退回：{rejection.code} {rejection.message}
      </p>
      <Form.Item label="处理说明" name="note" required rules={[schemaRule('note', NOTE)]} extra="写明为何不再上传，或已如何处理（至少 2 个字）">
        <Input.TextArea rows={3} autoFocus maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
