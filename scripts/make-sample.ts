/**
 * Writes samples/示例-自评表.xlsx: the 25 seed forms stacked on one sheet, as the published
 * PDF printed them (mistakes included), and a sheet saying so. Run: npm run make-sample.
 */
import { mkdirSync } from "fs";
import { join } from "path";
import { stackForms, writeXlsx } from "../test/fixtures/build";
import { SEED_FORMS } from "../test/fixtures/seed";

const OUTPUT = join(process.cwd(), "samples", "示例-自评表.xlsx");

async function main(): Promise<void> {
  mkdirSync(join(process.cwd(), "samples"), { recursive: true });
  await writeXlsx(OUTPUT, [
    { name: "宝山区2022", plans: stackForms(SEED_FORMS, { gapRows: 3 }) },
    {
      name: "说明",
      plans: [],
      lines: [
        `本工作簿中的 ${SEED_FORMS.length} 张表取自一份公开发布的 PDF（上海市宝山区 2022 年度财政项目支出绩效自评表），按原样录入，其中含有原表真实存在的计算和填写错误，可用于试用检查功能。`,
      ],
    },
  ]);
  console.log(`已写入 ${OUTPUT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
