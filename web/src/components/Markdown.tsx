import ReactMarkdown, { defaultUrlTransform, type Components } from 'react-markdown';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';

/**
 * Markdown for replies. Raw HTML is never rendered (it shows as text or is dropped), the sanitiser
 * keeps GitHub's safe subset, and only http(s), mailto and tel links survive: `javascript:` and
 * `data:` URLs become inert. Images are not rendered at all (no remote fetches from a reply).
 */
const schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => t !== 'img'),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
};

const SAFE_URL = /^(https?:|mailto:|tel:)/i;

function urlTransform(url: string): string {
  if (SAFE_URL.test(url.trim())) return url.trim();
  // Relative links and anchors pass through defaultUrlTransform; any other scheme is dropped.
  return /^[a-z][a-z0-9+.-]*:/i.test(url.trim()) ? '' : defaultUrlTransform(url);
}

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      <span className="inert-link">{children}</span>
    ),
};

export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[[rehypeSanitize, schema]]}
        urlTransform={urlTransform}
        components={components}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
