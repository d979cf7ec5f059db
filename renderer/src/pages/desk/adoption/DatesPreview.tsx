import { Card } from 'antd';
import { adoptionDates } from '../../../../../main/domain/adoption';
import { AdoptionDatesList } from '../case/AdoptionDatesCard';
import { useWorkCalendar } from '../case/useWorkCalendar';
import { officeToday } from '../format';

/** The dates an application accepted today would have, from the office's calendar (the host counts the same way). */
export function DatesPreview({ noticeStartsOn }: { noticeStartsOn: string | null }) {
  const calendar = useWorkCalendar();
  if (!calendar) return null;
  return (
    <Card size="small" title="今日受理的期限" data-testid="dates-preview">
      <AdoptionDatesList dates={adoptionDates(officeToday(), noticeStartsOn, calendar)} column={2} />
    </Card>
  );
}
