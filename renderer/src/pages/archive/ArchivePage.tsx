import { Alert, Button, Card, Form, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { showViolations } from '../../forms/zodRules';
import { DeskPage } from '../desk/DeskPage';
import { ArchiveFilterForm, FILTER_FIELDS } from './ArchiveFilterForm';
import { ArchiveTable } from './ArchiveTable';
import { PAGE_SIZE, useArchiveSearch, type ArchiveFilters } from './useArchiveSearch';

/** 档案查询: every registration in the archive, made at the window or back-entered from paper, by any filters. */
export function ArchivePage() {
  const [form] = Form.useForm<ArchiveFilters>();
  const { filters, page, pageNumber, total, loading, error, search, next, previous } = useArchiveSearch();

  // Back from a case: the form shows the search whose page is shown.
  useEffect(() => {
    if (filters) form.setFieldsValue(filters);
  }, [filters, form]);
  useEffect(() => {
    if (error) showViolations(form, FILTER_FIELDS, error);
  }, [error, form]);

  // A refused filter is shown at its field (by the effect above); anything else above the results.
  const fieldError = error instanceof ApiError && error.violations.some((v) => (FILTER_FIELDS as readonly string[]).includes(v.field));
  const from = (pageNumber - 1) * PAGE_SIZE + 1;
  const totalText = total === null ? '' : total.capped ? `超过 ${total.count} 件` : `共 ${total.count} 件`;
  return (
    <DeskPage title="档案查询" subtitle="窗口登记与历史补录的婚姻、收养登记档案：按姓名、证件号码、证书编号、登记机关、登记日期等任意组合查询，最新的在前">
      <Card>
        <ArchiveFilterForm form={form} loading={loading} onSearch={(f) => void search(f)} />
      </Card>
      {error !== null && !fieldError && <Alert type="error" showIcon title={errorMessage(error)} />}
      {page && (
        <Card
          size="small"
          title={
            <Space size="middle">
              <span data-testid="archive-total">查询结果：{totalText}</span>
              {page.hits.length > 0 && (
                <Typography.Text type="secondary" data-testid="archive-page">
                  第 {pageNumber} 页（第 {from}–{from + page.hits.length - 1} 件）
                </Typography.Text>
              )}
            </Space>
          }
          extra={
            <Space>
              <Button onClick={() => void previous()} disabled={pageNumber <= 1 || loading}>
                上一页
              </Button>
              <Button onClick={() => void next()} disabled={!page.next || loading}>
                下一页
              </Button>
            </Space>
          }
        >
          <ArchiveTable hits={page.hits} loading={loading} />
        </Card>
      )}
    </DeskPage>
  );
}
