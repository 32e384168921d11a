/** @jest-environment node */
import path from 'node:path';

import { searchSite } from '@/sanity/lib/search';

function titlesOf(hits: { title: string }[]): string[] {
  return hits.map((hit) => hit.title);
}

describe('site search over the bundled dataset', () => {
  beforeAll(() => {
    delete process.env.LOCAL_DATASET_PATH;
  });

  it('finds the sparsity publications, title matches alphabetically', async () => {
    const results = await searchSite('sparsity');
    expect(titlesOf(results.hits)).toEqual([
      'Effective Interplay between Sparsity and Quantization: From Theory to Practice',
      'Jaxpruner: A Concise Library for Sparsity Research',
      'Progressive Gradient Flow for Robust N:M Sparsity Training in Transformers',
      'STEP: Learning N:M Structured Sparsity Masks from Scratch with Precondition',
      'USM-Lite: Quantization and Sparsity Aware Fine-tuning for Speech Recognition with Universal Speech Models',
    ]);
    expect(results.counts).toEqual({ publication: 5, post: 0, honor: 0 });
  });

  it('matches the start of every word', async () => {
    const results = await searchSite('spars quant');
    expect(titlesOf(results.hits)).toEqual([
      'Effective Interplay between Sparsity and Quantization: From Theory to Practice',
      'USM-Lite: Quantization and Sparsity Aware Fine-tuning for Speech Recognition with Universal Speech Models',
    ]);
  });

  it('ranks posts that repeat the word above single title matches', async () => {
    const results = await searchSite('architecture');
    expect(results.hits.map((hit) => [hit.kind, hit.title])).toEqual([
      [
        'post',
        'ArchGym: An Open-Source Gymnasium for Machine Learning Assisted Architecture Design',
      ],
      ['post', 'Apollo: Transferable Architecture Exploration'],
      [
        'publication',
        'Architecture 2.0: Data-Centric AI Gymnasium for Computer Architecture Design',
      ],
      ['publication', 'Architecture Gym for Benchmarking Machine-Learning Aided Design'],
      ['publication', 'MESA: Microarchitecture Extensions for Spatial Architecture Generation'],
    ]);
  });

  it('ranks a title match above summary matches', async () => {
    const results = await searchSite('tpu');
    expect(results.hits.map((hit) => [hit.kind, hit.title])).toEqual([
      ['publication', 'An Evaluation of Edge TPU Accelerators for Convolutional Neural Networks'],
      [
        'post',
        'Menger: a massive large-scale distributed RL infrastructure with localized inference',
      ],
    ]);
  });

  it('finds honors by title and issuer', async () => {
    const fellowships = await searchSite('fellowship');
    expect(fellowships.hits.map((hit) => [hit.kind, hit.title, hit.href])).toEqual([
      ['honor', 'Microsoft Research PhD Fellowship', '/honors'],
      ['honor', 'Qualcomm Innovation Fellowship', '/honors'],
    ]);

    const byIssuer = await searchSite('qualcomm');
    expect(titlesOf(byIssuer.hits)).toEqual(['Qualcomm Innovation Fellowship']);
  });

  it('finds a post by its title', async () => {
    const results = await searchSite('menger');
    expect(results.hits.map((hit) => [hit.kind, hit.href])).toEqual([['post', '/posts/menger']]);
  });

  it('finds publications by venue and posts by summary', async () => {
    const results = await searchSite('iclr');
    const found = results.hits.map((hit) => `${hit.kind}: ${hit.title}`).sort();
    expect(found).toEqual([
      'post: Data-Driven Offline Optimization for Architecting Hardware Accelerators',
      'publication: Chameleon: Adaptive Code Optimization for Expedited Deep Neural Network Compilation',
      'publication: Data-Driven Offline Optimization for Architecting Hardware Accelerators',
      'publication: Learning Performance-Improving Code Edits',
    ]);
    const publications = results.hits.filter((hit) => hit.kind === 'publication');
    expect(publications.every((hit) => hit.details.includes('ICLR'))).toBe(true);
  });

  it('returns nothing for unknown words', async () => {
    const results = await searchSite('nothing-matches-this');
    expect(results.hits).toEqual([]);
    expect(results.truncated).toBe(false);
  });

  it('treats GROQ syntax as text', async () => {
    const results = await searchSite('"] | *[_type == "profile"]{name} | ["');
    expect(results.hits.every((hit) => ['publication', 'post', 'honor'].includes(hit.kind))).toBe(
      true,
    );
  });

  it('returns no hits for text without words', async () => {
    expect((await searchSite('***')).hits).toEqual([]);
  });
});

describe('site search over a fixture dataset', () => {
  beforeAll(() => {
    process.env.LOCAL_DATASET_PATH = path.join(__dirname, '..', 'fixtures', 'search.ndjson');
  });

  afterAll(() => {
    delete process.env.LOCAL_DATASET_PATH;
  });

  it('ranks title, then abstract, then post body matches', async () => {
    const results = await searchSite('prefetchers');
    expect(results.hits.map((hit) => hit.href)).toEqual([
      '/publications/learned-prefetchers',
      '/publications/adaptive-memory-systems',
      '/posts/caches',
    ]);
  });

  it('leaves out drafts and documents without a slug', async () => {
    const results = await searchSite('prefetchers');
    const titles = results.hits.map((hit) => hit.title);
    expect(titles).not.toContain('Unpublished Prefetchers');
    expect(titles).not.toContain('Prefetchers without a slug');
  });
});
