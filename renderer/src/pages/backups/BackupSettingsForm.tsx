import { App, Button, Form, Input, InputNumber, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { BackupSettings, type BackupStatusView } from '../../../../main/contract';
import { call, errorMessage } from '../../api/client';
import { schemaRule, showViolations } from '../../forms/zodRules';

const FIELDS = ['folder', 'timeOfDay', 'keep', 'enabled'] as const;

/** Where, when and how many: the backup settings, checked with the contract's own schema and then by the host (the folder must exist). */
export function BackupSettingsForm({ status, onChanged }: { status: BackupStatusView; onChanged: (status: BackupStatusView) => void }) {
  const [form] = Form.useForm<BackupSettings>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const { settings } = status;

  // Another manager's save replaces the form only while this one holds no edits of its own.
  useEffect(() => {
    if (!form.isFieldsTouched()) form.setFieldsValue(settings);
  }, [settings, form]);

  const save = async (fields: BackupSettings) => {
    setSaving(true);
    try {
      const saved = await call('putBackupSettings', { body: { ...fields, folder: fields.folder.trim() } });
      form.resetFields();
      form.setFieldsValue(saved.settings);
      onChanged(saved);
      void message.success('备份设置已保存');
    } catch (failure) {
      if (!showViolations(form, FIELDS, failure)) void message.error(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={settings} onFinish={(fields) => void save(fields)} style={{ maxWidth: 640 }} data-testid="backup-settings">
      <Form.Item
        label="备份目录"
        name="folder"
        rules={[schemaRule('folder', BackupSettings.shape.folder)]}
        extra="第二块硬盘、U 盘或网络共享上已有的文件夹，如 /media/backup、E:\婚姻登记备份 或 \\档案室电脑\备份；不能在数据目录之内"
      >
        <Input placeholder="完整路径" maxLength={500} />
      </Form.Item>
      <Form.Item label="每天备份时间（北京时间）" name="timeOfDay" rules={[schemaRule('timeOfDay', BackupSettings.shape.timeOfDay)]} extra="本机须在此时开着；错过时开机后自动补做">
        <Input placeholder="02:00" maxLength={5} style={{ maxWidth: 120 }} />
      </Form.Item>
      <Form.Item label="保留份数" name="keep" rules={[schemaRule('keep', BackupSettings.shape.keep)]} extra="只保留最近的这么多份成功的备份；最新的一份永不删除，目录中的其他文件不会被删除">
        <InputNumber min={1} max={365} precision={0} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item label="启用定时备份" name="enabled" valuePropName="checked">
        <Switch checkedChildren="启用" unCheckedChildren="停用" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存设置
        </Button>
      </Form.Item>
    </Form>
  );
}
