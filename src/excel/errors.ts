/**
 * What the user reads when Excel refuses: one plain Chinese sentence that says what to do.
 * The task pane shows UserError.message as it is, so no code, stack or English reaches it.
 */
export class UserError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = "UserError";
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** The user's action, as the button names it, and what it writes. */
export interface Action {
  /** 检查 / 清除标记 / 更正 / 插入模板 / 定位 */
  button: string;
  /** What a protected sheet prevents: 标记 / 清除标记 / 写入更正 / 写入 */
  writes: string;
}

export const ACTIONS = {
  check: { button: "检查", writes: "标记" },
  clear: { button: "清除标记", writes: "清除标记" },
  fix: { button: "更正", writes: "写入更正" },
  template: { button: "插入模板", writes: "插入模板" },
  select: { button: "定位", writes: "定位" },
} satisfies Record<string, Action>;

export function protectedSheet(action: Action, sheet?: string): UserError {
  const which = sheet ? `工作表「${sheet}」` : "工作表";
  return new UserError(
    `${which}受保护，无法${action.writes}。请先撤销工作表保护（审阅 → 撤销工作表保护）。`
  );
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** Turns anything thrown inside Excel.run into a UserError the pane can show. */
export function toUserError(error: unknown, action: Action): UserError {
  if (error instanceof UserError) return error;
  const code = codeOf(error);
  switch (code) {
    case "AccessDenied":
      return new UserError(
        `工作表或工作簿受保护，无法${action.writes}。请先撤销保护（审阅 → 撤销工作表保护）。`,
        { cause: error }
      );
    case "InvalidOperationInCellEditMode":
      return new UserError(`请先结束单元格编辑（按 Enter 或 Esc），再点「${action.button}」。`, {
        cause: error,
      });
    case "ItemNotFound":
      return new UserError("找不到要处理的工作表或单元格，它可能已被改名或删除。请重新检查。", {
        cause: error,
      });
    case "ApiNotFound":
      return new UserError("这个版本的 Excel 不支持此功能。请更新 Office，或改用网页版 Excel。", {
        cause: error,
      });
    case "ItemAlreadyExists":
      return new UserError("已有同名的工作表，请换一个名称再试。", { cause: error });
    case undefined:
      return new UserError(
        `绩效自评助手出错，「${action.button}」没有完成。请保存文件后再试一次。`,
        { cause: error }
      );
    default:
      return new UserError(
        `Excel 没能完成「${action.button}」（错误代码 ${code}）。请稍后再试；如果反复出现，请保存并重新打开文件。`,
        {
          cause: error,
        }
      );
  }
}
