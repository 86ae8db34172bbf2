/**
 * 部署说明.txt, the steps an IT person follows with the package: Chinese, then English. The
 * README's section 部署到单位 says the same at more length. Windows line ends and a byte order
 * mark, so that even an old Notepad shows the Chinese.
 */

/** The text for a package built for `url` (ending in "/"), with Office.js from "cdn" or "local". */
function deployNotes({ url, version, officeJs }) {
  const page = `${url}taskpane.html`;
  const local = officeJs === "local";
  const zh = [
    `绩效自评助手 ${version} · 部署说明`,
    ``,
    `本包为这个地址制作：${url}`,
    local
      ? `Office.js：随加载项放在同一地址（${url}office-js/office.js），电脑不需要能上互联网。`
      : `Office.js：来自微软 CDN（https://appsforoffice.microsoft.com），每台电脑的 Excel 都要能访问它。`,
    `会计的电脑上不需要安装任何程序（不需要 Node）。`,
    ``,
    `一、把网页文件放到服务器`,
    `1. 把 web 文件夹里的全部文件（含子文件夹）原样复制到 HTTPS 服务器上，`,
    `   使 ${page} 能打开。任何静态网页服务器都可以：IIS、nginx、单位的内网服务器。`,
    `2. 服务器证书必须受每台电脑信任；单位自己的 CA 签发的证书也可以，但根证书要已下发到各电脑。`,
    `3. 用浏览器打开 ${page}：`,
    `   应显示「请在 Excel 里打开」，下面是「版本 ${version}」和「Office.js 来自 …」。看到这些，网页部分就好了。`,
    ``,
    `二、把 manifest.xml（清单）交给 Excel，任选一种`,
    `A. 共享文件夹（Windows 版 Excel，适合内网）：`,
    `   1. 把 manifest.xml 放进一个共享文件夹，例如 \\\\服务器名\\addins（大家有读取权限即可）。`,
    `   2. 在每台电脑的 Excel：文件 → 选项 → 信任中心 → 信任中心设置 → 受信任的加载项目录，`,
    `      「目录 URL」填 \\\\服务器名\\addins，点「添加目录」，勾选「显示在菜单中」，确定，重启 Excel。`,
    `   3. 插入 → 我的加载项 →「共享文件夹」→ 绩效自评助手 → 添加。`,
    `B. Microsoft 365 管理中心（单位用 Microsoft 365 时）：设置 → 集成应用 → 上传自定义应用，`,
    `   选「Office 加载项」，上传 manifest.xml，再选择分配给哪些用户。`,
    `C. 网页版 Excel：开始（或插入）→ 加载项 → 更多加载项 → 我的加载项 → 上传我的加载项，选 manifest.xml。`,
    `D. Mac 版 Excel：把 manifest.xml 复制到`,
    `   ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef（没有 wef 文件夹就新建一个），`,
    `   重启 Excel，在「插入」→「我的加载项」里选它。`,
    `加好以后，Excel「开始」选项卡右侧有「绩效自评检查」按钮。`,
    ``,
    `三、更新`,
    `拿到新版本的包后：把新包 web 里的文件覆盖到服务器的同一地址，再用新的 manifest.xml 换掉旧的`,
    `（共享文件夹里、管理中心里）。加载项的 Id 不变，版本号更高，Excel 当作同一个加载项的更新。`,
    `各电脑关闭再打开窗格即可；仍是旧版本时，关闭 Excel，删掉 %LOCALAPPDATA%\\Microsoft\\Office\\16.0\\Wef\\ 里的内容再打开。`,
    ...(local
      ? [
          `本包带了 Office.js 的副本，它不会自己更新：Office 大版本更新后，请制作包的人换上新的 Office.js`,
          `重新制作（见 README「部署到单位」第 2 步），否则新版 Excel 的新功能用不上。`,
        ]
      : []),
    ``,
    `四、检查是否成功`,
    `在 Excel 里点「绩效自评检查」打开窗格，点窗格底部的「帮助」：`,
    `显示「版本 ${version}」和「Office.js 来自 ${local ? "本单位服务器" : "微软 CDN"}」，就说明装的是这个包。`,
    ...(local
      ? []
      : [
          `窗格显示「没能加载 Office 组件」：这台电脑访问不到微软 CDN，请改用 --officejs local 制作的包。`,
        ]),
  ];
  const en = [
    `Self-Evaluation Checker ${version} · How to deploy`,
    ``,
    `This package is built for: ${url}`,
    local
      ? `Office.js is served from the same address (${url}office-js/office.js); no internet access needed.`
      : `Office.js comes from Microsoft's CDN (https://appsforoffice.microsoft.com); every PC must reach it.`,
    `Nothing needs to be installed on the accountants' PCs (no Node).`,
    ``,
    `1. Put the web files on a server`,
    `   Copy everything in the web folder, subfolders included, to an HTTPS server so that`,
    `   ${page} opens. Any static web server will do (IIS, nginx, an internal server).`,
    `   Its certificate must be trusted by every PC (one from the office's own CA is fine once its root`,
    `   is deployed). Opened in a browser, the page says 「请在 Excel 里打开」 above the version and`,
    `   where Office.js came from: then the web part works.`,
    ``,
    `2. Give manifest.xml to Excel, one of:`,
    `   A. Shared-folder catalog (Excel on Windows): put manifest.xml in a shared folder, then in Excel`,
    `      File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs, add its UNC`,
    `      path (\\\\server\\addins), tick Show in Menu, restart Excel; Insert > My Add-ins > Shared Folder.`,
    `   B. Microsoft 365 admin center: Settings > Integrated apps > Upload custom apps > Office Add-in,`,
    `      upload manifest.xml and choose the users.`,
    `   C. Excel on the web: Home (or Insert) > Add-ins > More Add-ins > My Add-ins > Upload My Add-in.`,
    `   D. Excel on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef`,
    `      (create wef if missing), restart Excel, Insert > My Add-ins.`,
    `   The Home tab then shows the button 「绩效自评检查」.`,
    ``,
    `3. Updates: copy the new package's web files over the old ones at the same address and replace`,
    `   manifest.xml where you put it. The Id stays, the Version is higher: Excel updates the add-in.`,
    `   Still the old version? Close Excel, empty %LOCALAPPDATA%\\Microsoft\\Office\\16.0\\Wef\\, reopen.`,
    ...(local
      ? [
          `   This package carries a copy of Office.js, which does not update itself: after a major`,
          `   Office update, have the package rebuilt with a newer Office.js (README, 部署到单位, step 2).`,
        ]
      : []),
    ``,
    `4. Check: open the pane in Excel and click 「帮助」 (Help) at its bottom: it shows version ${version}`,
    `   and where Office.js came from (${local ? "this add-in's own server" : "Microsoft's CDN"}).`,
  ];
  return `\ufeff${[...zh, "", "────────────────────────────────────────", "", ...en, ""].join("\r\n")}`;
}

module.exports = { deployNotes };
