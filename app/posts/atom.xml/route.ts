import { feedResponse } from '@/lib/feed-response';

export function GET() {
  return feedResponse('posts', 'atom');
}
