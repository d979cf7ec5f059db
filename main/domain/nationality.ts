/**
 * Chinese names of the nationalities a certificate most often prints (国籍 field). A code not listed is
 * printed as its ISO 3166-1 alpha-3 code, which a registrar can read and correct in the remarks.
 * Residents of Hong Kong, Macao and Taiwan are Chinese nationals: their certificates say 中国.
 */
const NAMES: Readonly<Record<string, string>> = {
  CHN: '中国', HKG: '中国', MAC: '中国', TWN: '中国',
  USA: '美国', CAN: '加拿大', GBR: '英国', FRA: '法国', DEU: '德国', ITA: '意大利', ESP: '西班牙', PRT: '葡萄牙',
  NLD: '荷兰', BEL: '比利时', CHE: '瑞士', AUT: '奥地利', SWE: '瑞典', NOR: '挪威', DNK: '丹麦', FIN: '芬兰',
  IRL: '爱尔兰', POL: '波兰', CZE: '捷克', HUN: '匈牙利', GRC: '希腊', RUS: '俄罗斯', UKR: '乌克兰', BLR: '白俄罗斯',
  JPN: '日本', KOR: '韩国', PRK: '朝鲜', MNG: '蒙古', VNM: '越南', LAO: '老挝', KHM: '柬埔寨', THA: '泰国',
  MMR: '缅甸', MYS: '马来西亚', SGP: '新加坡', IDN: '印度尼西亚', PHL: '菲律宾', IND: '印度', PAK: '巴基斯坦',
  NPL: '尼泊尔', BGD: '孟加拉国', LKA: '斯里兰卡', KAZ: '哈萨克斯坦', KGZ: '吉尔吉斯斯坦', UZB: '乌兹别克斯坦',
  TJK: '塔吉克斯坦', TUR: '土耳其', IRN: '伊朗', ISR: '以色列', SAU: '沙特阿拉伯', ARE: '阿拉伯联合酋长国',
  EGY: '埃及', NGA: '尼日利亚', ZAF: '南非', KEN: '肯尼亚', ETH: '埃塞俄比亚', AUS: '澳大利亚', NZL: '新西兰',
  BRA: '巴西', ARG: '阿根廷', MEX: '墨西哥', CHL: '智利', PER: '秘鲁', COL: '哥伦比亚', CUB: '古巴',
};

export function nationalityName(code: string): string {
  return NAMES[code.toUpperCase()] ?? code.toUpperCase();
}
