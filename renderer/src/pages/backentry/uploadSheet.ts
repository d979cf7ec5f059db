import { ErrorBody, routes } from '../../../../main/contract';
import { ApiError, type ResponseOf } from '../../api/client';
import { apiBaseUrl } from '../../api/base';
import { bearerToken } from '../../api/deviceToken';

export type UploadedSheet = ResponseOf<'uploadImportFile'>;

/**
 * Sends a register sheet's bytes as they are (application/octet-stream, streamed to disk by the
 * host), reporting how much has gone: fetch cannot tell upload progress, XMLHttpRequest can.
 */
export function uploadSheet(file: File, onProgress: (fraction: number) => void): Promise<UploadedSheet> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiBaseUrl()}${routes.uploadImportFile.path}?name=${encodeURIComponent(file.name)}`);
    const bearer = bearerToken();
    if (bearer) xhr.setRequestHeader('Authorization', `Bearer ${bearer.token}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, { code: 'NETWORK', message: '上传中断：无法连接到登记系统服务器，请检查网络后重试' }));
    xhr.onload = () => {
      let json: unknown;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        json = undefined;
      }
      if (xhr.status < 200 || xhr.status >= 300) {
        const body = ErrorBody.safeParse(json);
        reject(new ApiError(xhr.status, body.success ? body.data : { code: `HTTP_${xhr.status}`, message: '上传失败' }));
        return;
      }
      const parsed = routes.uploadImportFile.response.safeParse(json);
      if (parsed.success) resolve(parsed.data);
      else reject(new ApiError(xhr.status, { code: 'BAD_RESPONSE', message: '服务器返回的数据无法识别，请联系系统管理员' }));
    };
    xhr.send(file);
  });
}
