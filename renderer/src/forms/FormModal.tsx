import { Alert, App, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import type { Violation } from '../../../main/contract';
import { ApiError, errorMessage } from '../api/client';
import { chineseDatesIn } from './chineseDates';
import { showViolations } from './zodRules';

interface FormModalProps<T> {
  readonly title: ReactNode;
  readonly form: FormInstance<T>;
  /** The form's field names: server violations naming one of these are shown beside it. */
  readonly fields: readonly string[];
  readonly okText: string;
  readonly initialValues?: Partial<T>;
  /** Does the work; throwing keeps the dialog open with the error shown. */
  readonly submit: (values: T) => Promise<void>;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * A dialog whose whole body, OK button included, is one <form>: Enter in any input submits,
 * as counter staff expect, and a refusal from the host lands next to the field it names.
 * Render it only while open; each opening starts from fresh values.
 */
export function FormModal<T extends object>(props: FormModalProps<T>) {
  const { title, form, fields, okText, initialValues, submit, onClose, children } = props;
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  // A refusal of the law names no field of the dialog (the case's state, a date): it is listed at the top.
  const [refusal, setRefusal] = useState<{ message: string; violations: readonly Violation[] } | null>(null);

  const finish = async (values: T) => {
    setBusy(true);
    setRefusal(null);
    try {
      await submit(values);
      onClose();
    } catch (failure) {
      const shown = showViolations(form, fields, failure);
      const named = (field: string) => fields.includes(field) || fields.includes(field.split('.')[0] ?? '');
      const rest = failure instanceof ApiError ? failure.violations.filter((v) => !named(v.field)) : [];
      if (rest.length > 0 && failure instanceof ApiError) setRefusal({ message: failure.message, violations: rest });
      else if (!shown) void message.error(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="取消"
      okButtonProps={{ htmlType: 'submit', loading: busy }}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      styles={{ body: { paddingTop: 12 } }}
      modalRender={(dom) => (
        <Form<T> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => void finish(values)}>
          {dom}
        </Form>
      )}
    >
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={refusal.message}
          description={refusal.violations.map((v, i) => (
            <div key={`${v.code}-${i}`}>{chineseDatesIn(v.message)}</div>
          ))}
          data-testid="violation-alert"
        />
      )}
      {children}
    </Modal>
  );
}
