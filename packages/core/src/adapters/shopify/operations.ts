// The GraphQL Admin operations the publisher sends. Each is named: the
// client keeps the last cost per operation name to predict the next one.

/** Where the item id lives on an article we made (a single_line_text_field metafield). */
export const ITEM_METAFIELD = { namespace: 'autopilot', key: 'item_id', type: 'single_line_text_field' } as const;

/**
 * Where Shopify keeps an article's SEO title and meta description: the
 * `global.title_tag` and `global.description_tag` metafields, which themes
 * render into <title> and <meta name="description">. They have no metafield
 * definition, so the writer names the type (MetafieldInput.type is
 * "required when creating or updating a metafield without a definition");
 * single_line_text_field fits both, and we send both on one line.
 */
export const SEO_TITLE_METAFIELD = { namespace: 'global', key: 'title_tag', type: 'single_line_text_field' } as const;
export const SEO_DESCRIPTION_METAFIELD = {
  namespace: 'global',
  key: 'description_tag',
  type: 'single_line_text_field',
} as const;

const ARTICLE_FIELDS = `
  id
  handle
  title
  isPublished
  publishedAt
  blog { id handle }
  itemId: metafield(namespace: "${ITEM_METAFIELD.namespace}", key: "${ITEM_METAFIELD.key}") { value }
`;

export interface ArticleNode {
  id: string;
  handle: string;
  title: string;
  isPublished: boolean;
  publishedAt: string | null;
  blog: { id: string; handle: string } | null;
  itemId: { value: string } | null;
}

export interface UserError {
  code: string | null;
  field: string[] | null;
  message: string;
}

export const BLOG_BY_HANDLE = {
  name: 'BlogByHandle',
  query: `query BlogByHandle($query: String!) {
  blogs(first: 5, query: $query) { nodes { id handle title } }
}`,
};
export interface BlogByHandleData {
  blogs: { nodes: Array<{ id: string; handle: string; title: string }> };
}

export const ARTICLE_BY_ID = {
  name: 'ArticleById',
  query: `query ArticleById($id: ID!) {
  article(id: $id) { ${ARTICLE_FIELDS} }
}`,
};
export interface ArticleByIdData {
  article: ArticleNode | null;
}

/**
 * An article's content, as a kept version holds it (Article: body is HTML,
 * author is an ArticleAuthor { name }, image an Image { url altText }; the
 * SEO title and description are the global metafields).
 */
export const ARTICLE_READ = {
  name: 'ArticleRead',
  query: `query ArticleRead($id: ID!) {
  article(id: $id) {
    ${ARTICLE_FIELDS}
    summary
    body
    tags
    author { name }
    image { url altText }
    seoTitle: metafield(namespace: "${SEO_TITLE_METAFIELD.namespace}", key: "${SEO_TITLE_METAFIELD.key}") { value }
    seoDescription: metafield(namespace: "${SEO_DESCRIPTION_METAFIELD.namespace}", key: "${SEO_DESCRIPTION_METAFIELD.key}") { value }
  }
}`,
};
export interface ArticleReadData {
  article:
    | (ArticleNode & {
        summary: string | null;
        body: string;
        tags: string[];
        author: { name: string } | null;
        image: { url: string; altText: string | null } | null;
        seoTitle: { value: string } | null;
        seoDescription: { value: string } | null;
      })
    | null;
}

export const ARTICLES_BY_HANDLE = {
  name: 'ArticlesByHandle',
  query: `query ArticlesByHandle($query: String!) {
  articles(first: 10, query: $query) { nodes { ${ARTICLE_FIELDS} } }
}`,
};
export interface ArticlesByHandleData {
  articles: { nodes: ArticleNode[] };
}

export const ARTICLE_CREATE = {
  name: 'ArticleCreate',
  query: `mutation ArticleCreate($article: ArticleCreateInput!) {
  articleCreate(article: $article) {
    article { ${ARTICLE_FIELDS} }
    userErrors { code field message }
  }
}`,
};
export interface ArticleCreateData {
  articleCreate: { article: ArticleNode | null; userErrors: UserError[] };
}

export const ARTICLE_UPDATE = {
  name: 'ArticleUpdate',
  query: `mutation ArticleUpdate($id: ID!, $article: ArticleUpdateInput!) {
  articleUpdate(id: $id, article: $article) {
    article { ${ARTICLE_FIELDS} }
    userErrors { code field message }
  }
}`,
};
export interface ArticleUpdateData {
  articleUpdate: { article: ArticleNode | null; userErrors: UserError[] };
}

/** A search-syntax term with its value quoted, e.g. `handle:"summer-sale"`. */
export function searchTerm(field: string, value: string): string {
  return `${field}:"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
