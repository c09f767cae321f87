export {};

// `npm run bench`: every section, or the ones named (`npm run bench -- matcher`).
const sections: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  matcher: () => import('./matcher.bench.ts'),
  extract: () => import('./extract.bench.ts'),
  crawl: () => import('./crawl.bench.ts'),
  extension: () => import('./extension.bench.ts'),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const name of wanted.length ? wanted : Object.keys(sections)) {
  const load = sections[name];
  if (!load) {
    console.error(
      `kjwatch bench: no section "${name}" (have: ${Object.keys(sections).join(', ')})`,
    );
    process.exit(2);
  }
  console.log(`\n# ${name}`);
  await (await load()).run();
}
