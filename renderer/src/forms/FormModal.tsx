import { App, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../api/client';
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

  const finish = async (values: T) => {
    setBusy(true);
    try {
      await submit(values);
      onClose();
    } catch (failure) {
      if (!showViolations(form, fields, failure)) void message.error(errorMessage(failure));
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
      {children}
    </Modal>
  );
}
