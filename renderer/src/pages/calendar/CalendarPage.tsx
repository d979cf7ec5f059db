import { Alert, App, Button, Card, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { createWorkCalendar } from '../../../../main/domain/calendar';
import { errorMessage } from '../../api/client';
import { officeToday } from '../desk/format';
import { dayInfo, type DayInfo } from './dayKinds';
import { DayDialog } from './DayDialog';
import { OverrideList } from './OverrideList';
import { RangeDialog } from './RangeDialog';
import { ExtendOnSetting, YearNotice } from './SettingsPanels';
import { useCalendarDraft, type DayChange } from './useCalendarDraft';
import { Legend, YearGrid } from './YearGrid';

type Dialog = { kind: 'day'; date: string } | { kind: 'range' } | null;

// The official schedule alone (no office days, no entered years): what a day is before the office changes it.
const OFFICIAL = createWorkCalendar({ extendOn: 'non_working_days', overrides: [] });

/**
 * 工作日历: the official holidays and make-up working days of a year, the office's own closed and
 * opened days on top, and how a period's last day moves. They decide the dates of divorce periods.
 */
export function CalendarPage() {
  const { modal, message } = App.useApp();
  const today = officeToday();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [saving, setSaving] = useState(false);
  const { draft, error, dirty, overrideMap, setExtendOn, changeDays, setEntered, discard, save } = useCalendarDraft();

  // The calendar as edited, from the domain: what the host will count periods with once saved.
  const calendar = useMemo(() => (draft ? createWorkCalendar(draft) : null), [draft]);
  const info = useCallback((date: string): DayInfo => dayInfo(date, OFFICIAL, overrideMap), [overrideMap]);

  const confirmSave = () =>
    modal.confirm({
      title: '保存工作日历',
      content: '工作日历决定离婚冷静期、领证期的末日和视为撤回日。保存后，尚未办结的离婚案件将按新的日历重新计算这些日期，请确认录入无误。',
      okText: '保存',
      cancelText: '取消',
      onOk: async () => {
        setSaving(true);
        try {
          await save();
          void message.success('工作日历已保存');
        } catch (failure) {
          void message.error(errorMessage(failure));
        } finally {
          setSaving(false);
        }
      },
    });

  const applyRange = (dates: readonly string[], change: DayChange) => {
    changeDays(dates, change);
    const first = Number(dates[0]?.slice(0, 4));
    if (first === thisYear || first === thisYear + 1) setYear(first);
  };

  const entered = draft?.enteredYears.includes(year) ?? false;
  const provisional = calendar ? !calendar.hasOfficialData(year) : false;

  return (
    <Card
      title={
        <Space size="middle">
          <span>工作日历</span>
          {provisional && <Tag color="warning">{year} 年为暂定日历</Tag>}
        </Space>
      }
      extra={
        <Space size="middle">
          <Segmented<number>
            aria-label="年份"
            value={year}
            onChange={setYear}
            options={[thisYear, thisYear + 1].map((y) => ({ value: y, label: `${y}年` }))}
          />
          <Button onClick={() => setDialog({ kind: 'range' })} disabled={!draft}>
            按日期范围录入
          </Button>
        </Space>
      }
      styles={{ body: { paddingBottom: 0 } }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {!draft ? (
        <Skeleton active style={{ paddingBottom: 24 }} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <ExtendOnSetting value={draft.extendOn} onChange={setExtendOn} />
          <YearNotice year={year} official={OFFICIAL.hasOfficialData(year)} entered={entered} onEntered={(on) => setEntered(year, on)} />
          <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 12 }}>
            <Legend />
            <Typography.Text type="secondary" style={{ fontSize: '0.9em' }}>
              点击日期可设为本机关休息或上班
            </Typography.Text>
          </div>
          <YearGrid year={year} info={info} today={today} onPick={(date) => setDialog({ kind: 'day', date })} />
          <OverrideList
            year={year}
            overrides={draft.overrides}
            onRestore={(dates) => changeDays(dates, null)}
            onEdit={(date) => setDialog({ kind: 'day', date })}
          />
          <div
            data-testid="calendar-actions"
            style={{
              position: 'sticky',
              bottom: 0,
              zIndex: 2,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'flex-end',
              gap: 12,
              margin: '0 -24px',
              padding: '12px 24px',
              background: '#fff',
              borderTop: '1px solid #f0f0f0',
              borderRadius: '0 0 8px 8px',
            }}
          >
            {dirty ? <Tag color="processing">有未保存的修改</Tag> : <Typography.Text type="secondary">已与系统中的日历一致</Typography.Text>}
            <Button onClick={discard} disabled={!dirty || saving}>
              撤销修改
            </Button>
            <Button type="primary" onClick={confirmSave} disabled={!dirty} loading={saving}>
              保存
            </Button>
          </div>
        </Space>
      )}
      {dialog?.kind === 'day' && <DayDialog info={info(dialog.date)} onApply={(change) => changeDays([dialog.date], change)} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'range' && <RangeDialog onApply={applyRange} onClose={() => setDialog(null)} />}
    </Card>
  );
}
