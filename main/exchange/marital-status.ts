/** The provincial marital-status check (provincial-api.md `GET /v1/marital-status`), behind an interface. */
export type MaritalStatusAnswer =
  | { readonly made: true; readonly status: 'unmarried' | 'married' | 'divorced' | 'widowed' | 'unknown'; readonly asOf: string }
  | { readonly made: false; readonly reason: string };

export interface MaritalStatusChecker {
  check(idType: string, idNumber: string): Promise<MaritalStatusAnswer>;
}

/** With no province configured the check is recorded as not made: never "unmarried" by itself. */
export const noProvince: MaritalStatusChecker = {
  async check() {
    return { made: false, reason: '未配置省级平台（HALL_PROVINCE_URL），无法查询婚姻状况' };
  },
};

/** Bounds any checker by a time-out, so a registrar is never kept waiting on an unreachable province. */
export function withTimeout(checker: MaritalStatusChecker, ms: number): MaritalStatusChecker {
  return {
    async check(idType, idNumber) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<MaritalStatusAnswer>((resolve) => {
        timer = setTimeout(() => resolve({ made: false, reason: `省级平台 ${ms / 1000} 秒内未答复` }), ms);
      });
      try {
        return await Promise.race([
          checker.check(idType, idNumber).catch((err: unknown): MaritalStatusAnswer => ({ made: false, reason: `省级平台不可达：${(err as Error).message}` })),
          timeout,
        ]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
