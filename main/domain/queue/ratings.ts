/** 好差评: the three grades of the government-service rating scheme, and the usual reasons for a poor one. */
export const RATINGS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
};

export const DISSATISFIED_REASONS = ['等候时间太长', '工作人员态度不好', '办理时间太长', '一次告知不清楚', '环境设施不便', '其他'] as const;
