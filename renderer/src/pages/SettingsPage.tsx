import { Alert, App, Button, Card, Form, Input, Skeleton, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { OfficeSettingsInput, type OfficeSettingsView } from '../../../main/contract';
import { call, errorMessage } from '../api/client';
import { schemaRule, showViolations } from '../forms/zodRules';
import { useHealth } from '../shell/health';
import { useOffice } from './useOffice';

interface OfficeFields {
  officeName: string;
  officeCode: string;
  foreignRelated: boolean;
}

const FIELDS = ['officeName', 'officeCode', 'foreignRelated'] as const;

function fieldsOf(office: OfficeSettingsView): OfficeFields {
  return { officeName: office.officeName, officeCode: office.officeCode, foreignRelated: office.foreignRelated };
}

/** 登记机关设置: the office's name, 9-digit code and whether it registers foreign-related cases. */
export function SettingsPage() {
  const [form] = Form.useForm<OfficeFields>();
  const { message } = App.useApp();
  const { refresh: refreshHealth } = useHealth();
  const [saving, setSaving] = useState(false);
  // Another admin's save replaces the form only while this one holds no edits of its own.
  const { office, error, reload } = useOffice((fresh) => {
    if (!form.isFieldsTouched()) form.setFieldsValue(fieldsOf(fresh));
  });

  useEffect(() => {
    if (office && !form.isFieldsTouched()) form.setFieldsValue(fieldsOf(office));
  }, [office, form]);

  const save = async (fields: OfficeFields) => {
    if (!office) return;
    setSaving(true);
    try {
      const saved = await call('putOffice', {
        body: { ...fields, officeCode: office.officeCodeFromConfig ? office.officeCode : fields.officeCode },
      });
      form.resetFields();
      form.setFieldsValue(fieldsOf(saved));
      await reload();
      refreshHealth();
      void message.success('登记机关设置已保存');
    } catch (failure) {
      if (!showViolations(form, FIELDS, failure)) void message.error(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title="登记机关设置" style={{ maxWidth: 760 }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {!office ? (
        <Skeleton active />
      ) : (
        <Form form={form} layout="vertical" onFinish={(fields) => void save(fields)} initialValues={fieldsOf(office)}>
          <Form.Item label="登记机关名称" name="officeName" required rules={[schemaRule('officeName', OfficeSettingsInput.shape.officeName)]}>
            <Input placeholder="如：某某市某某区民政局婚姻登记处" maxLength={60} showCount />
          </Form.Item>
          <Form.Item
            label="登记机关代码"
            name="officeCode"
            required
            rules={office.officeCodeFromConfig ? [] : [schemaRule('officeCode', OfficeSettingsInput.shape.officeCode)]}
            extra={office.officeCodeFromConfig ? '由配置项 HALL_OFFICE_CODE 设定' : '民政部门分配的 9 位数字代码，用于证书编号和数据上报'}
          >
            <Input disabled={office.officeCodeFromConfig} inputMode="numeric" maxLength={9} style={{ maxWidth: 240 }} />
          </Form.Item>
          <Form.Item label="涉外登记机关" name="foreignRelated" valuePropName="checked" extra="办理涉外、涉港澳台和华侨婚姻收养登记的登记机关请开启">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
          <Form.Item style={{ marginBottom: 0 }}>
            <Button type="primary" htmlType="submit" loading={saving}>
              保存
            </Button>
          </Form.Item>
        </Form>
      )}
    </Card>
  );
}
