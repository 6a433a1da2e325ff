package nl.provincie.ethiek.portal.security;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.zip.GZIPOutputStream;

/**
 * A response that gzips its body when, at the first byte written, it turns out to be an HTML page;
 * anything else goes out as it was written, with the length it declared. Used by {@link
 * FirstVisitCompression} only.
 */
final class GzipPageResponse extends HttpServletResponseWrapper {

  private final HttpServletResponse response;
  private OutputStream body;
  private ServletOutputStream stream;
  private PrintWriter writer;
  private long declaredLength = -1;

  GzipPageResponse(HttpServletResponse response) {
    super(response);
    this.response = response;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was called before");
    }
    if (stream == null) {
      stream = new DecidingStream();
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      if (stream != null) {
        throw new IllegalStateException("getOutputStream() was called before");
      }
      stream = new DecidingStream();
      writer =
          new PrintWriter(new OutputStreamWriter(stream, Charset.forName(getCharacterEncoding())));
    }
    return writer;
  }

  @Override
  public void setContentLength(int length) {
    setContentLengthLong(length);
  }

  @Override
  public void setContentLengthLong(long length) {
    if (body == null) {
      declaredLength = length;
    } else if (!compressing()) {
      response.setContentLengthLong(length);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (!declaresLength(name, value)) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!declaresLength(name, value)) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setIntHeader(String name, int value) {
    if (!declaresLength(name, Integer.toString(value))) {
      super.setIntHeader(name, value);
    }
  }

  @Override
  public void addIntHeader(String name, int value) {
    if (!declaresLength(name, Integer.toString(value))) {
      super.addIntHeader(name, value);
    }
  }

  /** A Content-Length header is the body's length, which this response declares itself. */
  private boolean declaresLength(String name, String value) {
    if (!"Content-Length".equalsIgnoreCase(name)) {
      return false;
    }
    setContentLengthLong(Long.parseLong(value.strip()));
    return true;
  }

  @Override
  public void flushBuffer() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    if (body != null) {
      body.flush();
    }
    super.flushBuffer();
  }

  /** Writes what is left and the gzip trailer; without a body, declares the length it was given. */
  void finish() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    if (body == null) {
      if (declaredLength >= 0 && !response.isCommitted()) {
        response.setContentLengthLong(declaredLength);
      }
      return;
    }
    if (body instanceof GZIPOutputStream gzip) {
      gzip.finish();
    }
    body.flush();
  }

  private boolean compressing() {
    return body instanceof GZIPOutputStream;
  }

  private OutputStream body() throws IOException {
    if (body == null) {
      String type = getContentType();
      boolean page =
          type != null
              && type.startsWith("text/html")
              && response.getHeader("Content-Encoding") == null
              && !response.isCommitted();
      if (page) {
        response.setHeader("Content-Encoding", "gzip");
        body = new GZIPOutputStream(response.getOutputStream(), 8192, true);
      } else {
        if (declaredLength >= 0) {
          response.setContentLengthLong(declaredLength);
        }
        body = response.getOutputStream();
      }
    }
    return body;
  }

  /** Decides at its first byte whether the body is compressed. */
  private final class DecidingStream extends ServletOutputStream {

    @Override
    public void write(int b) throws IOException {
      body().write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      body().write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      if (body != null) {
        body.flush();
      }
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException("the portal's pages are written blocking");
    }
  }
}
