<?xml version="1.0" encoding="utf-8"?>
<!--
  How a browser shows the Atlas's RSS feeds: a readable page saying what a feed is and how to
  follow it, with the entries as links. Feed readers ignore this stylesheet.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="utf-8" indent="yes" />
  <xsl:template match="/rss/channel">
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title><xsl:value-of select="title" /> (feed)</title>
        <style>
          body { font: 1rem/1.55 system-ui, sans-serif; max-width: 48rem; margin: 0 auto; padding: 1rem; color: #1b1b1f; background: #fff; }
          .note { background: #f2f4f7; border: 1px solid #8a919c; padding: 0.5rem 1rem; border-radius: 0.4rem; }
          li { margin: 0 0 0.75rem; }
          a { color: #0a4fa0; }
          small { color: #4a4f57; }
        </style>
      </head>
      <body>
        <p class="note">
          This is a feed (RSS). To follow it, copy this page’s address into a feed reader. The
          entries below open in the Atlas.
        </p>
        <h1><xsl:value-of select="title" /></h1>
        <p><xsl:value-of select="description" /></p>
        <p><a href="{link}">Kosovo Recognition Atlas</a></p>
        <ol>
          <xsl:for-each select="item">
            <li>
              <a href="{link}"><xsl:value-of select="title" /></a><br />
              <small><xsl:value-of select="substring(pubDate, 6, 11)" /></small>
            </li>
          </xsl:for-each>
        </ol>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
